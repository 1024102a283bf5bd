async def g():
 for x in y:
  try:
   try:
    pass
   except E as e:
    try:
     for x in y:
      pass
     else:
      try:
       pass
      finally:
       try:
        pass
       except* E:
        try:
         try:
          try:
           pass
          except E:
           pass
          else:
           try:
            pass
           except* E:
            async with x:
             try:
              try:
               try:
                pass
               except E:
                pass
               else:
                try:
                 pass
                finally:
                 try:
                  pass
                 except* E:
                  match x:
                   case 1:
                    try:
                     pass
                    except E:
                     pass
                    else:
                     a = [x async for x in y]
              except E:
               pass
             except* E:
              pass
         except E:
          pass
         finally:
          pass
        except E:
         pass
        finally:
         pass
    except* E:
     pass
  except E:
   pass
  finally:
   pass
