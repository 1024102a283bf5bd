async def g():
 try:
  try:
   try:
    pass
   except* E:
    for x in y:
     pass
    else:
     try:
      pass
     except E as e:
      async with x:
       try:
        pass
       except E as e:
        try:
         match x:
          case 1:
           try:
            pass
           except E as e:
            try:
             pass
            except E:
             if x:
              try:
               pass
              finally:
               with x, z:
                pass
        finally:
         pass
  except* E:
   pass
 finally:
  pass
