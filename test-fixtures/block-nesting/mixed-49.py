async def g():
 for x in y:
  try:
   pass
  except* E:
   async with x:
    try:
     pass
    except* E:
     try:
      try:
       async with x:
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
          except E as e:
           match x:
            case 1:
             try:
              with x, z:
               for x in y:
                pass
               else:
                with x, z:
                 if x:
                  try:
                   pass
                  except E:
                   match x:
                    case 1:
                     while x:
                      try:
                       try:
                        pass
                       finally:
                        if x:
                         match x:
                          case 1:
                           a = [x async for x in y]
                      except E:
                       pass
             except E:
              pass
             finally:
              pass
      except E:
       pass
      finally:
       pass
     finally:
      pass
