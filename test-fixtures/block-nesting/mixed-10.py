async def g():
 try:
  pass
 except E as e:
  match x:
   case 1:
    while x:
     try:
      pass
     finally:
      try:
       pass
      except E:
       pass
      else:
       try:
        for x in y:
         pass
        else:
         try:
          pass
         except E:
          with x:
           try:
            pass
           except E as e:
            while x:
             match x:
              case 1:
               with x, z:
                with x:
                 try:
                  pass
                 finally:
                  pass
       except E:
        pass
       finally:
        pass
